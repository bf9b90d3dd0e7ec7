namespace DocClassifier.Splitting;

/// <summary>Where one column of a page crosses a patch code's four bars: from <paramref name="Top"/> to <paramref name="Bottom"/> (pixels), bars read downwards.</summary>
internal sealed record PatchColumn(int X, int Top, int Bottom, string Pattern);
