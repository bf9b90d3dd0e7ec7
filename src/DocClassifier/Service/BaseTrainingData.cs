using DocClassifier.Extraction;
using DocClassifier.Learning;
using DocClassifier.Samples.Corpus;
using DocClassifier.Training;

namespace DocClassifier.Host.Service;

/// <summary>
/// The data a retrained model starts from: <c>Learning:BaseData</c> (a labelled folder or a text,label
/// CSV, read through a text cache in the registry), or by default the synthetic corpus the shipped model
/// was trained on (text only, seed 1, 150 a class), generated once into the registry.
/// </summary>
public sealed class BaseTrainingData(LearningOptions options, ServiceFolders folders, ExtractionOptions extraction)
{
    public const int ShippedPerClass = 150;

    public const int ShippedSeed = 1;

    public TrainingSet Load()
    {
        var path = options.BaseData ?? Synthetic();
        DocumentExtraction? extractor = null;
        try
        {
            var loader = new TrainingSetLoader(() => (extractor ??= new DocumentExtraction(extraction)).Extractor, new TextCache(Path.Combine(folders.Models, "text-cache")));
            return loader.Load(path);
        }
        finally
        {
            extractor?.Dispose();
        }
    }

    private string Synthetic()
    {
        var folder = Path.Combine(folders.Models, "base-data");
        if (!File.Exists(Path.Combine(folder, CorpusGenerator.LabelsFileName)))
        {
            var staging = folder + ".tmp-" + Environment.ProcessId;
            CorpusGenerator.GenerateText(staging, ShippedPerClass, ShippedSeed);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.Move(staging, folder);
        }

        return folder;
    }
}
