using DocClassifier.Samples;
using DocClassifier.Samples.Photos;

namespace DocClassifier.Tests.Support;

/// <summary>A phone photo of the OCR fixtures' Chinese tax form, made once per test run.</summary>
internal static class GeneratedPhotos
{
    private static readonly Lazy<string> FormPhoto = new(
        () =>
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "generated-photos");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, "form-photo.jpg");
            using var page = PageRenderer.Render(FixtureDocuments.ChineseTaxForm(), 200);
            File.WriteAllBytes(path, new PhotoDegrader().Photograph(page.Bitmap));
            return path;
        },
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The form at 200 dpi, photographed at an angle on a dark table with a shadow across it.</summary>
    public static string FormPhotoPath => FormPhoto.Value;
}
