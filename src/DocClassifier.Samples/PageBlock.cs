namespace DocClassifier.Samples;

// A page is a vertical stack of blocks; each block knows nothing about pixels, so the same
// content can be rasterised at any DPI or written to a PDF in points.
public abstract record PageBlock;
