using DocClassifier.Review;
using Microsoft.Extensions.Caching.Memory;

namespace DocClassifier.Host.Web;

/// <summary>
/// The page thumbnails of the stacks being reviewed, rendered once per stack and kept for a while: the strip asks for
/// every page at once, and an archived file never changes under its id. Requests for a stack that is being rendered
/// wait for that rendering instead of starting their own.
/// </summary>
public sealed class StackThumbnails(PageThumbnails thumbnails) : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 32 });
    private readonly Lock gate = new();

    /// <summary>Page <paramref name="number"/>'s thumbnail (PNG); null when the page does not exist or is not a scan.</summary>
    /// <exception cref="Extraction.ExtractionException">The file cannot be read.</exception>
    public byte[]? Page(string id, string path, int number)
    {
        Lazy<IReadOnlyList<byte[]?>> pages;
        lock (gate)
        {
            pages = cache.GetOrCreate(id, entry =>
            {
                entry.Size = 1;
                entry.SlidingExpiration = TimeSpan.FromMinutes(15);
                return new Lazy<IReadOnlyList<byte[]?>>(() => thumbnails.Render(path));
            })!;
        }

        try
        {
            return number >= 1 && number <= pages.Value.Count ? pages.Value[number - 1] : null;
        }
        catch
        {
            cache.Remove(id); // a failed rendering is not kept: the next request tries again
            throw;
        }
    }

    public void Dispose() => cache.Dispose();
}
