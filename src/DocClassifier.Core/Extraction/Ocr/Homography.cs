using System.Runtime.CompilerServices;

namespace DocClassifier.Extraction.Ocr;

/// <summary>
/// A plane projective transform (the eight coefficients of a 3 x 3 matrix whose last entry is 1): what a
/// camera does to a flat page. Made from four corresponding points.
/// </summary>
internal sealed class Homography
{
    private readonly double[] c;

    private Homography(double[] coefficients) => c = coefficients;

    /// <summary>The coefficients a..h of x' = (ax + by + c) / (gx + hy + 1), y' = (dx + ey + f) / (gx + hy + 1).</summary>
    public IReadOnlyList<double> Coefficients => c;

    /// <summary>The transform taking each of four points <paramref name="from"/> to the matching one of <paramref name="to"/>.</summary>
    public static Homography Mapping(IReadOnlyList<(double X, double Y)> from, IReadOnlyList<(double X, double Y)> to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.Count != 4 || to.Count != 4)
        {
            throw new ArgumentException("A projective transform is fixed by exactly four point pairs.");
        }

        var system = new double[8, 9];
        for (var i = 0; i < 4; i++)
        {
            var ((x, y), (u, v)) = (from[i], to[i]);
            double[] first = [x, y, 1, 0, 0, 0, -x * u, -y * u, u];
            double[] second = [0, 0, 0, x, y, 1, -x * v, -y * v, v];
            for (var j = 0; j < 9; j++)
            {
                system[2 * i, j] = first[j];
                system[(2 * i) + 1, j] = second[j];
            }
        }

        return new Homography(Solve(system));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (double X, double Y) Map(double x, double y)
    {
        var w = (c[6] * x) + (c[7] * y) + 1;
        return (((c[0] * x) + (c[1] * y) + c[2]) / w, ((c[3] * x) + (c[4] * y) + c[5]) / w);
    }

    // Gaussian elimination with partial pivoting on the 8 x 9 augmented matrix.
    private static double[] Solve(double[,] m)
    {
        const int n = 8;
        for (var column = 0; column < n; column++)
        {
            var pivot = column;
            for (var row = column + 1; row < n; row++)
            {
                if (Math.Abs(m[row, column]) > Math.Abs(m[pivot, column]))
                {
                    pivot = row;
                }
            }

            if (Math.Abs(m[pivot, column]) < 1e-12)
            {
                throw new ArgumentException("Three of the four points lie on one line: no projective transform maps them.");
            }

            for (var j = 0; j <= n; j++)
            {
                (m[column, j], m[pivot, j]) = (m[pivot, j], m[column, j]);
            }

            for (var row = 0; row < n; row++)
            {
                if (row == column)
                {
                    continue;
                }

                var factor = m[row, column] / m[column, column];
                for (var j = column; j <= n; j++)
                {
                    m[row, j] -= factor * m[column, j];
                }
            }
        }

        var solution = new double[n];
        for (var i = 0; i < n; i++)
        {
            solution[i] = m[i, n] / m[i, i];
        }

        return solution;
    }
}
