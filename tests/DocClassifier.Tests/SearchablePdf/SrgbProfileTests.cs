using System.Buffers.Binary;
using System.Text;
using DocClassifier.SearchablePdf;

namespace DocClassifier.Tests.SearchablePdf;

/// <summary>The sRGB profile of the searchable PDFs' PDF/A output intent is a sound ICC profile of sRGB.</summary>
public sealed class SrgbProfileTests
{
    [Test]
    public void TheHeader_StatesItsSize_AcspAnRgbDisplayProfileOfVersion2()
    {
        var profile = SrgbProfile.Bytes;

        Assert.That(BinaryPrimitives.ReadUInt32BigEndian(profile), Is.EqualTo(profile.Length));
        Assert.That(Encoding.ASCII.GetString(profile, 36, 4), Is.EqualTo("acsp"));
        Assert.That(Encoding.ASCII.GetString(profile, 12, 4), Is.EqualTo("mntr"));
        Assert.That(Encoding.ASCII.GetString(profile, 16, 4), Is.EqualTo("RGB "));
        Assert.That(Encoding.ASCII.GetString(profile, 20, 4), Is.EqualTo("XYZ "));
        Assert.That(profile[8], Is.EqualTo(2), "major version");
        Assert.That(profile.Length % 4, Is.Zero);
    }

    [Test]
    public void EveryTag_LiesInsideTheProfile_OnAFourByteBoundary()
    {
        var profile = SrgbProfile.Bytes;
        var count = BinaryPrimitives.ReadInt32BigEndian(profile.AsSpan(128));
        var tags = Enumerable.Range(0, count).Select(i => profile.AsSpan(132 + (12 * i), 12).ToArray())
            .Select(e => (Signature: Encoding.ASCII.GetString(e, 0, 4), Offset: BinaryPrimitives.ReadInt32BigEndian(e.AsSpan(4)), Size: BinaryPrimitives.ReadInt32BigEndian(e.AsSpan(8))))
            .ToList();

        Assert.That(tags.Select(t => t.Signature), Is.SupersetOf(new[] { "desc", "cprt", "wtpt", "rXYZ", "gXYZ", "bXYZ", "rTRC", "gTRC", "bTRC" }));
        Assert.That(tags, Has.All.Matches<(string Signature, int Offset, int Size)>(t => t.Offset % 4 == 0 && t.Offset >= 132 + (12 * count) && t.Offset + t.Size <= profile.Length));
    }

    [Test]
    public void LittleCms_ReadsItAsRgb_AndItConvertsColoursAsLittleCmsOwnSrgbDoes()
    {
        var profile = SrgbProfile.Bytes;
        var ours = LittleCms.OpenProfileFromMem(profile, (uint)profile.Length);
        var reference = LittleCms.CreateSrgbProfile();
        Assert.That(ours, Is.Not.EqualTo(IntPtr.Zero), "Little CMS refused the profile");
        try
        {
            Assert.That(LittleCms.GetColorSpace(ours), Is.EqualTo(LittleCms.ColourSpaceRgb));
            Assert.That(LittleCms.GetDeviceClass(ours), Is.EqualTo(LittleCms.ClassDisplay));

            // Through our profile into Little CMS's built-in sRGB: every colour should come back as it went in.
            var transform = LittleCms.CreateTransform(ours, LittleCms.Rgb8, reference, LittleCms.Rgb8, 1, 0);
            Assert.That(transform, Is.Not.EqualTo(IntPtr.Zero));
            byte[] colours = [0, 0, 0, 255, 255, 255, 255, 0, 0, 0, 255, 0, 0, 0, 255, 128, 128, 128, 30, 144, 200, 250, 200, 40, 12, 40, 90];
            var converted = new byte[colours.Length];
            LittleCms.DoTransform(transform, colours, converted, (uint)(colours.Length / 3));
            LittleCms.DeleteTransform(transform);

            Assert.That(converted.Zip(colours, (a, b) => Math.Abs(a - b)).Max(), Is.LessThanOrEqualTo(2), $"converted: {string.Join(' ', converted)}");
        }
        finally
        {
            _ = LittleCms.CloseProfile(ours);
            _ = LittleCms.CloseProfile(reference);
        }
    }
}
