using DocClassifier.Classification;
using Microsoft.ML;

namespace DocClassifier.Training;

/// <summary>A fitted model, the schema it reads, our text features, and its card.</summary>
public sealed record TrainedModel(ITransformer Model, DataViewSchema InputSchema, TfidfVectorizer Vectorizer, ModelCard Card)
{
    /// <summary>The out-of-fold predictions calibration and thresholds were fitted on (not saved with the model).</summary>
    public OutOfFoldPredictions? OutOfFold { get; init; }

    /// <summary>Writes NAME.zip and NAME.card.json (the card last, so a card always has its model).</summary>
    public void Save(string modelPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);
        var temporary = modelPath + ".tmp";
        ModelArchive.Save(Model, InputSchema, Vectorizer, temporary);
        File.Move(temporary, modelPath, overwrite: true);
        ModelFiles.WriteCard(modelPath, Card);
    }

    public MlNetDocumentClassifier ToClassifier() => new(Model, InputSchema, Vectorizer, Card);
}
