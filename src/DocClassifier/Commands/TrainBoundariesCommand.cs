using System.CommandLine;
using System.Globalization;
using DocClassifier.Classification;
using DocClassifier.Host.Service;
using DocClassifier.Samples.Stacks;
using DocClassifier.Splitting;

namespace DocClassifier.Host.Commands;

/// <summary>
/// <c>docclassifier train-boundaries [--model models/tax-documents.zip] [--out models/page-boundaries.zip]</c>: trains
/// the page-level boundary model on the generator's documents (the corpus the document model is trained on) in the
/// layouts not held out (<see cref="StackDocuments"/>), with the document model's per-page scores as signals, and
/// prints its boundary precision and recall on the held-out layouts' text.
/// </summary>
internal static class TrainBoundariesCommand
{
    public static Command Create()
    {
        var model = new Option<string?>("--model") { Description = "The document model whose page scores the boundary model reads (default: the shipped one)." };
        var output = new Option<string?>("--out") { Description = "Where to write the boundary model (default: page-boundaries.zip beside the document model)." };
        var perClass = new Option<int>("--per-class") { Description = "Generated documents per class to train on.", DefaultValueFactory = _ => 150 };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated documents and stacks.", DefaultValueFactory = _ => 1 };
        var confidence = new Option<double>("--confidence") { Description = "The confident cut-off to report at (Splitting:BoundaryConfidence).", DefaultValueFactory = _ => new SplittingOptions().BoundaryConfidence };
        var l2 = new Option<float>("--l2") { Description = "L2 regularisation of the logistic regression.", DefaultValueFactory = _ => PageBoundaryModel.DefaultL2 };
        var command = new Command("train-boundaries", "Train the page-level boundary model that splits stacks without separator sheets.") { model, output, perClass, seed, confidence, l2 };
        command.SetAction(result =>
        {
            var console = result.InvocationConfiguration.Output;
            var modelPath = ModelLocator.Resolve(result.GetValue(model));
            var classifier = MlNetDocumentClassifier.Load(modelPath);
            var path = result.GetValue(output) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(modelPath))!, PageBoundaryModel.DefaultFileName);
            var (count, seedValue) = (result.GetValue(perClass), result.GetValue(seed));
            var training = StackDocuments.Compose(count, seedValue, heldOut: false).Select(StackDocuments.NoisyPages).ToList();
            var rows = PageBoundaryTraining.Rows(training, classifier, seedValue);
            var trained = PageBoundaryModel.Train(rows, seedValue, result.GetValue(l2));
            trained.Save(path);
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Saved {path}: trained on {training.Count} documents ({rows.Count} page pairs, {rows.Count(r => r.Label)} first pages)."));

            var cut = result.GetValue(confidence);
            foreach (var (name, heldOut) in new[] { ("fresh documents of the training layouts", false), ("held-out layouts", true) })
            {
                var documents = StackDocuments.Compose(Math.Max(10, count / 3), seedValue + 1, heldOut).Select(StackDocuments.NoisyPages).ToList();
                var test = PageBoundaryTraining.Rows(documents, classifier, seedValue + 1);
                var probabilities = trained.Predict(test);
                foreach (var threshold in new[] { 0.5, cut })
                {
                    var truePositives = test.Where((r, i) => r.Label && probabilities[i] >= threshold).Count();
                    var predicted = probabilities.Count(p => p >= threshold);
                    var actual = test.Count(r => r.Label);
                    var uncertain = test.Where((r, i) => probabilities[i] < cut && probabilities[i] > 1 - cut).ToList();
                    console.WriteLine(string.Create(
                        CultureInfo.InvariantCulture,
                        $"{name}' text ({documents.Count} documents, {test.Count} page pairs), cut at {threshold:0.00}: precision {truePositives / (double)Math.Max(1, predicted):P1}, recall {truePositives / (double)Math.Max(1, actual):P1}; pages between {1 - cut:0.00} and {cut:0.00}: {uncertain.Count} ({uncertain.Count(r => r.Label)} first pages)"));
                }
            }

            return 0;
        });
        return command;
    }
}
