using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Tokenization.Scanner;
using UglyToad.PdfPig.Tokens;

namespace DocClassifier.Extraction.Pdf;

/// <summary>
/// A PdfPig page factory that reads a page's resource dictionaries and nothing else: a look at a page costs a few
/// dictionary lookups instead of PdfPig's full page (content stream, fonts), which for CJK Type 3 fonts cost as much
/// as reading the page's text. Use: <c>document.AddPageFactory(new PdfPageResourcesFactory(document.Structure.TokenScanner))</c>,
/// then <c>document.GetPage&lt;PdfPageResources&gt;(n)</c>.
/// </summary>
internal sealed class PdfPageResourcesFactory(IPdfTokenScanner scanner) : IPageFactory<PdfPageResources>
{
    public PdfPageResources Create(int number, DictionaryToken dictionary, PageTreeMembers pageTreeMembers, NamedDestinations annotationProvider)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(pageTreeMembers);
        var resources = Resolve<DictionaryToken>(dictionary.Data.GetValueOrDefault(NameToken.Resources.Data))
            ?? pageTreeMembers.ParentResources.FirstOrDefault();
        if (resources is null)
        {
            return new PdfPageResources(false, false);
        }

        var fonts = Resolve<DictionaryToken>(resources.Data.GetValueOrDefault(NameToken.Font.Data));
        var objects = Resolve<DictionaryToken>(resources.Data.GetValueOrDefault(NameToken.Xobject.Data));
        var images = objects is not null && objects.Data.Values.Any(value =>
            Resolve<StreamToken>(value) is not { } stream
            || stream.StreamDictionary.Data.GetValueOrDefault(NameToken.Subtype.Data) is not NameToken subtype
            || subtype.Data is "Image" or "Form");
        return new PdfPageResources(images, fonts is { Data.Count: > 0 });
    }

    private T? Resolve<T>(IToken? token)
        where T : class, IToken
    {
        for (var depth = 0; depth < 8 && token is IndirectReferenceToken reference; depth++)
        {
            token = scanner.Get(reference.Data)?.Data;
        }

        return token as T;
    }
}
