using System.Text.RegularExpressions;
using DocClassifier.Extraction.Quality;
using DocClassifier.Samples;
using DocClassifier.Samples.Corpus;
using DocClassifier.Tests.Support;

namespace DocClassifier.Tests.Samples;

/// <summary>The generator's wider world: template families, out-of-scope documents, OCR noise and typefaces.</summary>
[TestFixture]
public class WiderGeneratorTests
{
    [Test]
    public void EveryClass_IsWrittenByItsOwnTemplateAndByComposedLayouts_AndLabelsCsvSaysWhich()
    {
        using var folder = new TempFolder();

        var entries = CorpusGenerator.GenerateText(folder.Path, perClass: 14, seed: 3);

        var manifest = File.ReadAllLines(Path.Combine(folder.Path, CorpusGenerator.LabelsFileName));
        Assert.Multiple(() =>
        {
            Assert.That(manifest[0], Is.EqualTo("file,label,format,layout,pages,has_title,family,face"));
            foreach (var label in SampleLabels.All)
            {
                var mine = entries.Where(e => e.Label == label).ToList();
                Assert.That(mine.Select(e => e.Family).Distinct(), Is.EquivalentTo(new[] { SampleDocument.HandWrittenFamily, SampleDocument.ComposedFamily }), label);
                Assert.That(mine.Select(e => e.Layout).Distinct().Count(), Is.EqualTo(9), $"{label}: three hand-written and six composed layouts");
            }

            Assert.That(entries.Select(e => e.Face).Distinct().Count(), Is.GreaterThan(2), "typefaces are mixed");
        });
    }

    [Test]
    public void OutOfScopeOption_AddsAThirteenthFolderOfUnrelatedDocuments()
    {
        using var folder = new TempFolder();

        var entries = CorpusGenerator.GenerateText(folder.Path, perClass: 14, seed: 4, new CorpusOptions { OutOfScope = true });

        var unrelated = entries.Where(e => e.Label == SampleLabels.OutOfScope).ToList();
        var texts = unrelated.Select(e => File.ReadAllText(Path.Combine(folder.Path, e.File))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(Directory.GetDirectories(folder.Path), Has.Length.EqualTo(13));
            Assert.That(unrelated.Select(e => e.Layout), Is.EquivalentTo(new[]
            {
                "english-letter", "chinese-news", "advertisement", "receipt", "english-news", "near-blank", "copy-only", "utility-bill", "lease",
                "community-notice", "job-application", "private-mail", "bank-statement", "clinic-receipt",
            }));
            Assert.That(texts, Has.Some.Contains("房屋稅"), "daily papers that mention a tax in passing (a lease, a bank statement)");
            Assert.That(unrelated.Select(e => e.Family), Is.All.EqualTo(SampleDocument.OutOfScopeFamily));
            Assert.That(texts, Has.Some.Contains("Dear"), "an English business letter");
            Assert.That(CorpusGenerator.GenerateText(Path.Combine(folder.Path, "plain"), 1, 4).Select(e => e.Label), Has.None.EqualTo(SampleLabels.OutOfScope), "only on request");
        });
    }

    [Test]
    public void EveryClass_IsAlsoWrittenAsAnEMail_AndAsALetterInTheAgenciesLayoutThatNoAgencyWrote()
    {
        using var folder = new TempFolder();

        var entries = CorpusGenerator.GenerateText(folder.Path, perClass: 18, seed: 5);

        Assert.Multiple(() =>
        {
            var others = SampleLabels.All.Where(l => l != SampleLabels.OfficialLetter).SelectMany(l => Texts(folder, entries, l, ComposedTemplate.FirmLetter)).ToList();
            Assert.That(others, Has.Some.Contains("委任").And.Some.Match("地政士|會計師|律師|記帳士"), "professionals writing for clients");
            Assert.That(others, Has.Some.Match("本公司|本會|本宮|本校|本院"), "companies, foundations, temples and schools writing for themselves");
            foreach (var label in SampleLabels.All)
            {
                var mails = Texts(folder, entries, label, ComposedTemplate.Email);
                var letters = Texts(folder, entries, label, ComposedTemplate.FirmLetter);
                Assert.That(mails, Is.Not.Empty, label);
                Assert.That(mails.Where(m => !m.Contains("寄件者", StringComparison.Ordinal) && !m.Contains("From", StringComparison.Ordinal)), Is.Empty, $"{label}: a mail header");
                Assert.That(letters, Is.Not.Empty, label);
                Assert.That(letters.Where(l => !l.Contains("受文者", StringComparison.Ordinal)), Is.Empty, $"{label}: addressed like a 函");
                if (label == SampleLabels.OfficialLetter)
                {
                    Assert.That(letters, Has.None.Contains("委任"), "an agency's slip, not a professional acting for a client");
                }
                else
                {
                    Assert.That(letters.Where(l => !Regex.IsMatch(l, "委任|本公司|本會|本宮|本校|本院")), Is.Empty, $"{label}: for a client or for itself");
                }
            }
        });
    }

    private static List<string> Texts(TempFolder folder, IEnumerable<CorpusEntry> entries, string label, string layout) =>
        [.. entries.Where(e => e.Label == label && e.Layout == layout).Select(e => File.ReadAllText(Path.Combine(folder.Path, e.File)))];

    [Test]
    public void OcrNoise_IsTheSameForTheSameSeed_AndLeavesMostOfTheTextReadable()
    {
        var documents = Enumerable.Range(1, 40).Select(i => CorpusGenerator.Compose(SampleLabels.All[i % 12], i, seed: 9)).ToList();

        var noisy = documents.Select(d => d.NoisyText).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(documents.Select(d => d.NoisyText), Is.EqualTo(noisy), "deterministic");
            Assert.That(noisy.Zip(documents).Count(p => p.First != p.Second.Text), Is.GreaterThan(20), "most documents get some noise");
            Assert.That(noisy, Has.Some.Contains(":").Or.Some.Contains("|"), "ASCII punctuation or table rules appear");
            foreach (var (text, document) in noisy.Zip(documents))
            {
                Assert.That(TextAccuracy.OrderFreeCharacterRecall(text, document.Text), Is.GreaterThan(0.8), text);
            }
        });
    }

    [Test]
    public void NoiseWithTextOnly_WritesTheNoisyText_AndTheGroundTruthOtherwise()
    {
        using var folder = new TempFolder();

        var clean = CorpusGenerator.GenerateText(Path.Combine(folder.Path, "clean"), perClass: 2, seed: 6);
        _ = CorpusGenerator.GenerateText(Path.Combine(folder.Path, "noisy"), perClass: 2, seed: 6, new CorpusOptions { OcrNoise = true });

        var pairs = clean.Select(e => (Clean: File.ReadAllText(Path.Combine(folder.Path, "clean", e.File)), Noisy: File.ReadAllText(Path.Combine(folder.Path, "noisy", e.File)), Label: e.Label)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(pairs.Count(p => p.Clean != p.Noisy), Is.GreaterThan(pairs.Count / 2));
            var first = CorpusGenerator.Compose(clean[0].Label, 1, seed: 6);
            Assert.That(pairs[0].Clean, Is.EqualTo(first.Text));
            Assert.That(pairs[0].Noisy, Is.EqualTo(first.NoisyText));
        });
    }

    [Test]
    public void EveryTypefaceStyle_HasAFont_AndTheSerifKaiAndMingDifferFromTheSans()
    {
        var faces = Enum.GetValues<TypefaceStyle>().ToDictionary(s => s, s => CjkFonts.Of(s, bold: false).FamilyName);

        Assert.Multiple(() =>
        {
            Assert.That(faces[TypefaceStyle.Sans], Is.EqualTo(CjkFonts.FamilyName));
            Assert.That(faces.Values.Distinct().Count(), Is.EqualTo(4), string.Join(", ", faces.Values) + " (scripts/setup.sh installs fonts-noto-cjk, fonts-arphic-uming and fonts-arphic-ukai)");
        });
    }

    [Test]
    public void APageInEveryTypeface_RendersTheSameGroundTruth()
    {
        var document = CorpusGenerator.Compose(SampleLabels.DeedTaxDeclaration, 2, seed: 3);
        var page = document.Pages[document.MainPage];

        foreach (var style in Enum.GetValues<TypefaceStyle>())
        {
            var styled = new PageContent([.. page.Blocks.Select(b => b switch
            {
                TextLine line => line with { Face = style },
                TableBlock table => table with { Face = style, FillFace = style },
                _ => b,
            })]);
            using var rendered = PageRenderer.Render(styled, dpi: 100);
            Assert.That(rendered.GroundTruth, Is.EqualTo(page.GroundTruth), style.ToString());
        }
    }
}
