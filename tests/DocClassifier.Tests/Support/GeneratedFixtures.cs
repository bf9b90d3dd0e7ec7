using DocClassifier.Samples;

namespace DocClassifier.Tests.Support;

/// <summary>The OCR fixtures (<see cref="OcrFixtureSet"/>), rendered once per test run into the test output folder.</summary>
internal static class GeneratedFixtures
{
    public const string FormPng = OcrFixtureSet.FormPng;
    public const string FormJpeg = OcrFixtureSet.FormJpeg;
    public const string LetterPng = OcrFixtureSet.LetterPng;
    public const string TwoPageTiff = OcrFixtureSet.TwoPageTiff;
    public const string JpegImagePdf = OcrFixtureSet.JpegImagePdf;
    public const string FlateImagePdf = OcrFixtureSet.FlateImagePdf;
    public const string BornDigitalPdf = OcrFixtureSet.BornDigitalPdf;
    public const string LowResolutionForm = OcrFixtureSet.LowResolutionForm;

    private static readonly Lazy<string> Folder = new(
        () =>
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "generated-fixtures");
            OcrFixtureSet.Write(folder);
            return folder;
        },
        LazyThreadSafetyMode.ExecutionAndPublication);

    public static string ChineseTruth => OcrFixtureSet.ChineseTruth;

    public static string EnglishTruth => OcrFixtureSet.EnglishTruth;

    public static string PathOf(string name) => Path.Combine(Folder.Value, name);
}
