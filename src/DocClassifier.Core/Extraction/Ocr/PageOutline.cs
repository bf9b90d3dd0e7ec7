namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// Finds a photographed page's four corners on its background map (a small image with the text closed
/// away): the largest bright region, when it is set off from a darker surround by four straight edges.
/// A shadow across the page is not an edge: a side of the outline must have bright paper inside and
/// the dark surround outside along nearly its whole length, or run along the image's border.
/// </summary>
internal static class PageOutline
{
    // The page must cover at least this share of the frame, and leave at least this much of it uncovered.
    private const double MinPageShare = 0.25;
    private const double MaxPageShare = 0.95;
    private const double MinSideAgreement = 0.8;

    /// <summary>Corners clockwise from the top left, in the raster's pixels; null when no clear page outline is seen.</summary>
    public static IReadOnlyList<(double X, double Y)>? Find(GreyRaster background)
    {
        ArgumentNullException.ThrowIfNull(background);
        var threshold = OtsuThreshold(background);
        var region = LargestBrightRegion(background, threshold, out var area);
        var total = background.Width * background.Height;
        if (area < MinPageShare * total || area > MaxPageShare * total)
        {
            return null;
        }

        // The extremes along the diagonals are the corners of a quadrilateral region.
        (int X, int Y) topLeft = (0, 0), topRight = (0, 0), bottomRight = (0, 0), bottomLeft = (0, 0);
        int minSum = int.MaxValue, maxSum = int.MinValue, minDiff = int.MaxValue, maxDiff = int.MinValue;
        for (var y = 0; y < background.Height; y++)
        {
            for (var x = 0; x < background.Width; x++)
            {
                if (!region[(y * background.Width) + x])
                {
                    continue;
                }

                if (x + y < minSum) { minSum = x + y; topLeft = (x, y); }
                if (x + y > maxSum) { maxSum = x + y; bottomRight = (x, y); }
                if (x - y > maxDiff) { maxDiff = x - y; topRight = (x, y); }
                if (x - y < minDiff) { minDiff = x - y; bottomLeft = (x, y); }
            }
        }

        (double X, double Y)[] corners = [topLeft, topRight, bottomRight, bottomLeft];
        var quadArea = QuadArea(corners);
        if (quadArea <= 0 || area / quadArea < 0.9 || area / quadArea > 1.1)
        {
            return null;
        }

        for (var side = 0; side < 4; side++)
        {
            if (!IsEdge(background, region, corners[side], corners[(side + 1) % 4]))
            {
                return null;
            }
        }

        return corners;
    }

    private static bool IsEdge(GreyRaster background, bool[] region, (double X, double Y) from, (double X, double Y) to)
    {
        const int samples = 40;
        const int reach = 3;
        int agree = 0, counted = 0;
        var (dx, dy) = (to.X - from.X, to.Y - from.Y);
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        if (length < 10)
        {
            return false;
        }

        // Clockwise corners in image coordinates (y down): the outward normal points to the left of travel.
        var (nx, ny) = (dy / length, -dx / length);
        for (var i = 1; i < samples; i++)
        {
            var (x, y) = (from.X + (dx * i / samples), from.Y + (dy * i / samples));
            var (ox, oy) = ((int)Math.Round(x + (nx * reach)), (int)Math.Round(y + (ny * reach)));
            var (ix, iy) = ((int)Math.Round(x - (nx * reach)), (int)Math.Round(y - (ny * reach)));
            if (ox < 0 || oy < 0 || ox >= background.Width || oy >= background.Height)
            {
                continue; // the page runs off the frame here
            }

            counted++;
            if (ix >= 0 && iy >= 0 && ix < background.Width && iy < background.Height
                && region[(iy * background.Width) + ix] && !region[(oy * background.Width) + ox])
            {
                agree++;
            }
        }

        return counted < samples / 4 || agree >= MinSideAgreement * counted;
    }

    private static double QuadArea((double X, double Y)[] corners)
    {
        var sum = 0.0;
        for (var i = 0; i < corners.Length; i++)
        {
            var (a, b) = (corners[i], corners[(i + 1) % corners.Length]);
            sum += (a.X * b.Y) - (b.X * a.Y);
        }

        return Math.Abs(sum) / 2;
    }

    // 4-connected flood fill of the pixels at or above the threshold; the largest such region.
    private static bool[] LargestBrightRegion(GreyRaster image, int threshold, out int area)
    {
        var (width, height) = (image.Width, image.Height);
        var label = new int[width * height];
        var stack = new Stack<int>();
        var (best, bestSize, next) = (0, 0, 0);
        for (var start = 0; start < label.Length; start++)
        {
            if (label[start] != 0 || image.Pixels[start] < threshold)
            {
                continue;
            }

            next++;
            var size = 0;
            label[start] = next;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var p = stack.Pop();
                size++;
                var (x, y) = (p % width, p / width);
                Visit(x > 0 ? p - 1 : -1);
                Visit(x < width - 1 ? p + 1 : -1);
                Visit(y > 0 ? p - width : -1);
                Visit(y < height - 1 ? p + width : -1);
            }

            if (size > bestSize)
            {
                (best, bestSize) = (next, size);
            }
        }

        area = bestSize;
        var region = new bool[label.Length];
        for (var i = 0; i < label.Length; i++)
        {
            region[i] = label[i] == best && best != 0;
        }

        return region;

        void Visit(int q)
        {
            if (q >= 0 && label[q] == 0 && image.Pixels[q] >= threshold)
            {
                label[q] = next;
                stack.Push(q);
            }
        }
    }

    private static int OtsuThreshold(GreyRaster image)
    {
        var histogram = new double[256];
        foreach (var value in image.Pixels)
        {
            histogram[value]++;
        }

        var total = (double)image.Pixels.Length;
        var sumAll = 0.0;
        for (var i = 0; i < 256; i++)
        {
            sumAll += i * histogram[i];
        }

        double weightBelow = 0, sumBelow = 0, bestScore = -1;
        var best = 128;
        for (var t = 0; t < 255; t++)
        {
            weightBelow += histogram[t];
            sumBelow += t * histogram[t];
            var weightAbove = total - weightBelow;
            if (weightBelow == 0 || weightAbove == 0)
            {
                continue;
            }

            var between = weightBelow * weightAbove * Math.Pow((sumBelow / weightBelow) - ((sumAll - sumBelow) / weightAbove), 2);
            if (between > bestScore)
            {
                (bestScore, best) = (between, t + 1);
            }
        }

        return best;
    }
}
