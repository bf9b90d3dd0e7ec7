using DocClassifier.Extraction.Images;
using DocClassifier.Extraction.Native;
using DocClassifier.Extraction.Ocr;
using DocClassifier.Extraction.Pdf;

namespace DocClassifier.Extraction;

/// <summary>Assembles the extraction stage: one engine pool shared by the PDF and image extractors.</summary>
public sealed class DocumentExtraction : IDisposable
{
    private readonly OcrEnginePool pool;
    private readonly OcrEnginePool? fallbackPool;
    private readonly TesseractOrientationDetector orientation;

    public DocumentExtraction(ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _ = LeptonicaApi.SetMsgSeverity(LeptonicaApi.SeverityNone);
        var capacity = options.MaxEngines > 0 ? options.MaxEngines : Environment.ProcessorCount;
        pool = new OcrEnginePool(() => Engine(options, fallback: false), capacity);
        fallbackPool = string.IsNullOrWhiteSpace(options.FallbackLanguages) ? null : new OcrEnginePool(() => Engine(options, fallback: true), capacity);
        IPagePreprocessor preprocessor = options.Preprocess ? Preprocessor(options) : new PassThroughPagePreprocessor(options.DefaultResolution);
        orientation = new TesseractOrientationDetector(options.TessdataPath);
        var recognizer = new PageRecognizer(preprocessor, pool, fallbackPool, orientation);
        Extractor = new FormatSniffingExtractor(new PdfDocumentExtractor(recognizer, options), new ImageFileExtractor(recognizer, options), options);
    }

    /// <summary>The page preparation OCR gets: photos flattened, pixels squared, rules, skew and seals (scans only) taken out.</summary>
    internal static IPagePreprocessor Preprocessor(ExtractionOptions options) =>
        new SquarePixelsPreprocessor(new PhotoAwarePagePreprocessor(
            new PhotoNormalizer(PhotoNormalization.TargetGlyphHeight, options.TargetResolution),
            new LeptonicaPagePreprocessor(options.TargetResolution, options.DefaultResolution),
            new LeptonicaPagePreprocessor(options.TargetResolution, options.DefaultResolution, eraseSeals: false)));

    public ExtractionOptions Options { get; }

    public IDocumentExtractor Extractor { get; }

    /// <summary>OCR engines created so far (each holds a loaded language model).</summary>
    public int EnginesCreated => pool.Created + (fallbackPool?.Created ?? 0);

    public void Dispose()
    {
        pool.Dispose();
        fallbackPool?.Dispose();
        orientation.Dispose();
    }

    /// <summary>
    /// An engine of the primary languages, or of the fallback (Latin) ones. The primary's engines of a model without Latin
    /// script read doubtful codes and numbers again with the fallback; the fallback's do not read doubtful short lines again.
    /// </summary>
    internal static TesseractOcrEngine Engine(ExtractionOptions options, bool fallback)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (fallback)
        {
            return new TesseractOcrEngine(options.FallbackLanguages, options.TessdataPath, options.PageSegmentationMode, options.OcrTimeoutSeconds, rereadShortLines: false);
        }

        var latin = string.IsNullOrWhiteSpace(options.FallbackLanguages) || options.Languages.Split('+').Contains("eng") ? null : options.FallbackLanguages;
        return new TesseractOcrEngine(options.Languages, options.TessdataPath, options.PageSegmentationMode, options.OcrTimeoutSeconds, latin);
    }
}
