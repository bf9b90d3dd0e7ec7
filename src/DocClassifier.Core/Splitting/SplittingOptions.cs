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

    /// <summary>Pages are looked at at this resolution (dpi): a separator sheet's QR modules are 3.6 mm, 14 pixels at 100 dpi.</summary>
    [Range(50, 300)]
    public int Resolution { get; set; } = 100;

    /// <summary>
    /// Resolutions (dpi) a page that shows no sheet at <see cref="Resolution"/> is looked at again: ZXing misses a sheet at
    /// one scale that it reads at another (a 200 dpi sheet read at 120 dpi and at none of 100, 72 and 150). Each costs one
    /// more QR search on every content page of a multi-page scan.
    /// </summary>
    public int[] RetryResolutions { get; set; } = [72, 120, 150];

    /// <summary>
    /// A multi-page scan with no separator sheet is split where the page-level boundary model finds a first page of a
    /// document (<see cref="PageBoundarySplitter"/>). A single document of several pages stays whole: its pages are
    /// "continuation" to the model.
    /// </summary>
    public bool PageModel { get; set; } = true;

    /// <summary>
    /// How sure the page model must be: a page starts a document at this probability or more, and continues one at
    /// 1 minus this or less. A stack with any page in between is not split by the model.
    /// </summary>
    [Range(0.5, 1.0)]
    public double BoundaryConfidence { get; set; } = 0.9;

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
