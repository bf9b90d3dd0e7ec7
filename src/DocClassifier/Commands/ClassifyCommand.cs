using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DocClassifier.Classification;
using DocClassifier.Host.Service;
using DocClassifier.Extraction;
using DocClassifier.Fields;
using DocClassifier.Routing;

namespace DocClassifier.Host.Commands;

/// <summary>
/// <c>docclassifier classify FILE... [--model M] [--json]</c>: label, confidence, top 3 and the routing
/// decision. With --json it is the service's dry run: each document also carries the <c>fields</c> its
/// result JSON would carry (FolderResultSink), extracted once from the same page texts. Routed by the
/// service's policy without the configured field requirements.
/// </summary>
internal static class ClassifyCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "Documents (PDF, TIFF, JPEG, PNG, BMP) or .txt files of extracted text.", Arity = ArgumentArity.OneOrMore };
        var model = new Option<string?>("--model") { Description = $"The model (default: models/{ModelLocator.DefaultFileName})." };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON, with the fields the service's result JSON would carry." };
        var command = new Command("classify", "Classify documents and say whether each would be delivered or reviewed.") { files, model, json };
        command.SetAction((result, cancellationToken) =>
        {
            var console = result.InvocationConfiguration;
            MlNetDocumentClassifier classifier;
            try
            {
                classifier = MlNetDocumentClassifier.Load(ModelLocator.Resolve(result.GetValue(model)));
            }
            catch (FileNotFoundException e)
            {
                console.Error.WriteLine($"error: {e.Message}");
                return Task.FromResult(2);
            }

            var inputs = result.GetValue(files)!;
            using var extraction = new DocumentExtraction(new ExtractionOptions());
            var outcomes = new object[inputs.Length];
            Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, i =>
            {
                try
                {
                    IReadOnlyList<string> pages = inputs[i].Extension.Equals(".txt", StringComparison.OrdinalIgnoreCase)
                        ? [File.ReadAllText(inputs[i].FullName)]
                        : extraction.Extractor.Extract(inputs[i].FullName, cancellationToken).PageTexts;
                    var text = string.Join("\n\n", pages);
                    var fields = FieldExtractors.ExtractAll(pages);
                    var scores = classifier.Classify(text);
                    outcomes[i] = new Classified(scores, ThresholdRoutingPolicy.Default.Decide(scores, text, fields), fields);
                }
                catch (ExtractionException e)
                {
                    outcomes[i] = e;
                }
            });

            var failed = outcomes.Count(o => o is ExtractionException);
            if (result.GetValue(json))
            {
                var rows = inputs.Select((f, i) => outcomes[i] is Classified c
                    ? (object)new { file = f.Name, result = c.AsJson(), fields = FieldJson.Group(c.Fields) }
                    : new { file = f.Name, error = ((ExtractionException)outcomes[i]).Code.ToString(), message = ((ExtractionException)outcomes[i]).Message });
                console.Output.WriteLine(JsonSerializer.Serialize(rows, JsonOutput.Options));
            }
            else
            {
                for (var i = 0; i < inputs.Length; i++)
                {
                    console.Output.WriteLine(outcomes[i] switch
                    {
                        Classified c => Describe(inputs[i].Name, c),
                        ExtractionException e => $"{inputs[i].Name}: {e.Code}: {e.Message}",
                        _ => inputs[i].Name,
                    });
                }
            }

            return Task.FromResult(failed == 0 ? 0 : 1);
        });
        return command;
    }

    // Fields are found once and carry the page they were found on, as in the result JSON.
    private sealed record Classified(ClassificationResult Scores, RoutingVerdict Verdict, IReadOnlyList<ExtractedField> Fields)
    {
        // The shape "result" has always had: the scores with the routing decision and its reason.
        public object AsJson() => new
        {
            Scores.Label, Scores.Confidence, Scores.Top, Scores.Threshold, Verdict.Decision, Verdict.Reason, Scores.ModelVersion,
        };
    }

    private static string Describe(string file, Classified c) => string.Create(
        CultureInfo.InvariantCulture,
        $"{file}: {c.Scores.Label} ({c.Scores.Confidence:F2}) -> {c.Verdict.Decision.ToString().ToLowerInvariant()}{(c.Verdict.Reason is null ? string.Empty : $" ({c.Verdict.Reason})")}; top 3: {string.Join(", ", c.Scores.Top.Select(t => $"{t.Label} {t.Probability:F2}"))}");
}
