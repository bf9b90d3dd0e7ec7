using System.ComponentModel.DataAnnotations;

namespace DocClassifier.Splitting;

/// <summary>Settings of the splitting stage (configuration section "Splitting").</summary>
public sealed class SplittingOptions
{
    public const string SectionName = "Splitting";

    /// <summary>Split a multi-page scan at separator sheets (<c>docclassifier separator-sheet</c>) and drop them.</summary>
    public bool SeparatorSheets { get; set; } = true;

    /// <summary>Also split at blank pages and drop them. Off by default: a form's blank back side would cut it in two.</summary>
    public bool BlankPages { get; set; }

    /// <summary>A page whose share of dark pixels (inside a 5 % margin) is at most this is blank.</summary>
    [Range(0.0, 0.05)]
    public double BlankInkFraction { get; set; } = 0.002;

    /// <summary>Pages are looked at at this resolution (dpi) for blank pages and patch codes.</summary>
    [Range(50, 300)]
    public int Resolution { get; set; } = 100;

    /// <summary>
    /// Resolutions (dpi) the QR separator sheet is searched at, in turn, until one reads. A sheet's modules are 3.6 mm: 7
    /// pixels at 50 dpi, 14 at 100. ZXing's local binariser reads the small modules best: of 115 generated sheets (grey and
    /// black and white, 200-300 dpi, skewed, upside down) it read all 115 at 50 dpi, 114 at 72 and 98 at 100. Each
    /// resolution costs one more search on every content page of a multi-page scan (one at 50 dpi a quarter of one at 100).
    /// </summary>
    public int[] SheetResolutions { get; set; } = [50, 72, 100];

    /// <summary>
    /// A multi-page scan with no separator sheet is split where the page-level boundary model finds a first page of a
    /// document (<see cref="PageBoundarySplitter"/>). A single document of several pages stays whole: its pages are
    /// "continuation" to the model.
    /// </summary>
    public bool PageModel { get; set; } = true;

    /// <summary>
    /// How sure the page model must be: a page starts a document at this probability or more, and continues one at
    /// 1 minus this or less. A stack with any page in between is not split by the model. Chosen on 100 generated stacks
    /// without separators (held-out layouts, seeds 1 and 3): their continuations scored up to 0.40 (one outlier 0.94) and
    /// their first pages 0.74 or more, so 0.9 sent 16 of the 100 to review where 0.65 sends one; on 50 fresh stacks (seed 5)
    /// 0.65 split all 50 exactly, with none for review.
    /// </summary>
    [Range(0.5, 1.0)]
    public double BoundaryConfidence { get; set; } = 0.65;

    /// <summary>The page model's file; empty: <c>models/page-boundaries.zip</c> beside the shipped document model.</summary>
    public string? PageModelPath { get; set; }

    /// <summary>
    /// A stack the page model is unsure of waits in the review queue for a reviewer to set its boundaries, instead of
    /// being processed as one document.
    /// </summary>
    public bool ReviewUncertainStacks { get; set; } = true;

    /// <summary>
    /// Also split at Kodak patch T sheets (<c>docclassifier separator-sheet --patch-t</c>, or any standard patch T sheet)
    /// and drop them. Off by default: only where clerks already use patch sheets. Other patch codes are not separators.
    /// </summary>
    public bool PatchCodes { get; set; }
}
