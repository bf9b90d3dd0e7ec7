using System.CommandLine;
using System.Text.Json;
using DocClassifier.Extraction;

namespace DocClassifier.Host.Commands;

/// <summary><c>docclassifier extract FILE...</c>: prints each file's text, or its pages as JSON.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("files") { Description = "PDF, TIFF, JPEG, PNG or BMP files.", Arity = ArgumentArity.OneOrMore };
        var lang = new Option<string?>("--lang") { Description = "Tesseract languages, e.g. chi_tra or chi_tra+eng (default: chi_tra+HanT, with a second eng reading of pages that hold next to no Chinese)." };
        var json = new Option<bool>("--json") { Description = "Print the pages with their text source, OCR confidence and resolution as JSON." };
        var noPreprocess = new Option<bool>("--no-preprocess") { Description = "Give Tesseract the page as it is (for comparison)." };
        var fallback = new Option<string?>("--fallback-lang") { Description = "Languages for the second reading of non-Chinese pages (default: eng; \"\" turns it off)." };
        var psm = new Option<int?>("--psm") { Description = "Tesseract page segmentation mode for text outside tables (default 3)." };
        var command = new Command("extract", "Extract the text of documents (text layer or OCR).") { files, lang, fallback, json, noPreprocess, psm };
        command.SetAction((result, cancellationToken) =>
        {
            var options = new ExtractionOptions { Preprocess = !result.GetValue(noPreprocess) };
            options.Languages = result.GetValue(lang) ?? options.Languages;
            options.FallbackLanguages = result.GetValue(fallback) ?? options.FallbackLanguages;
            options.PageSegmentationMode = result.GetValue(psm) ?? options.PageSegmentationMode;
            return Task.FromResult(Run(result.GetValue(files)!, options, result.GetValue(json), result.InvocationConfiguration, cancellationToken));
        });
        return command;
    }

    private static int Run(FileInfo[] files, ExtractionOptions options, bool json, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        using var extraction = new DocumentExtraction(options);
        var outcomes = new object[files.Length];

        // Files are spread over all cores; each thread borrows its own OCR engine.
        Parallel.For(
            0,
            files.Length,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            i =>
            {
                try
                {
                    outcomes[i] = extraction.Extractor.Extract(files[i].FullName, cancellationToken);
                }
                catch (ExtractionException e)
                {
                    outcomes[i] = e;
                }
            });

        var failed = 0;
        for (var i = 0; i < files.Length; i++)
        {
            if (outcomes[i] is ExtractionException error)
            {
                failed++;
                console.Error.WriteLine($"{files[i].Name}: {error.Code}: {error.Message}");
                continue;
            }

            var document = (ExtractedDocument)outcomes[i];
            foreach (var warning in document.Warnings)
            {
                console.Error.WriteLine($"{files[i].Name}: warning: {warning}");
            }

            if (json)
            {
                console.Output.WriteLine(JsonSerializer.Serialize(document, JsonOutput.Options));
            }
            else
            {
                if (files.Length > 1)
                {
                    console.Output.WriteLine($"==> {files[i].Name} <==");
                }

                console.Output.WriteLine(document.Text);
            }
        }

        return failed == 0 ? 0 : 1;
    }
}
