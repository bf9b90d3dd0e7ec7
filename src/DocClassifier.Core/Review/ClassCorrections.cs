namespace DocClassifier.Review;

/// <summary>For one predicted class: how many reviewed documents kept the model's label and how many were changed.</summary>
public sealed record ClassCorrections(string PredictedLabel, int Kept, int Changed)
{
    public double ChangeRate => Kept + Changed == 0 ? 0 : (double)Changed / (Kept + Changed);
}
