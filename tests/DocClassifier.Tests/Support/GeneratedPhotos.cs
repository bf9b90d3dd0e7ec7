using DocClassifier.Samples;
using DocClassifier.Samples.Photos;

namespace DocClassifier.Tests.Support;

/// <summary>Phone photos of the OCR fixtures' Chinese tax form, each made once per test run.</summary>
internal static class GeneratedPhotos
{
    /// <summary>How much of its darkness the faded photo's ink keeps: light grey, like a faded thermal roll.</summary>
    public const float FadedInk = 0.3f;

    private static readonly Lazy<string> FormPhoto = new(() => Photograph("form-photo.jpg", new PhotoDegrader()), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<string> FadedFormPhoto = new(
        () => Photograph("faded-form-photo.jpg", new PhotoDegrader { InkFade = FadedInk }),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The form at 200 dpi, photographed at an angle on a dark table with a shadow across it.</summary>
    public static string FormPhotoPath => FormPhoto.Value;

    /// <summary>The same photo of the form printed faint (<see cref="FadedInk"/>).</summary>
    public static string FadedFormPhotoPath => FadedFormPhoto.Value;

    private static string Photograph(string name, PhotoDegrader camera)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "generated-photos");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        using var page = PageRenderer.Render(FixtureDocuments.ChineseTaxForm(), 200);
        File.WriteAllBytes(path, camera.Photograph(page.Bitmap));
        return path;
    }
}
