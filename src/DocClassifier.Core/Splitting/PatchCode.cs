namespace DocClassifier.Splitting;

/// <summary>
/// The six Kodak patch codes: four bars parallel to the sheet's leading edge, two wide (0.20 in) and two narrow
/// (0.08 in), three narrow spaces between them. Patch T ("transfer") marks a document break; the others steer the
/// scanner (image levels, colour toggle) and are not separators.
/// </summary>
public enum PatchCode
{
    Patch1,
    Patch2,
    Patch3,
    Patch4,
    Patch6,
    PatchT,
}
