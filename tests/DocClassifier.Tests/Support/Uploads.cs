using System.Net.Http.Headers;

namespace DocClassifier.Tests.Support;

/// <summary>The form a client posts to <c>/api/documents</c>.</summary>
internal static class Uploads
{
    public static MultipartFormDataContent Of(byte[] content, string name)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
