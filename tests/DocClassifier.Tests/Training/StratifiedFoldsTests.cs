using DocClassifier.Training;

namespace DocClassifier.Tests.Training;

[TestFixture]
[Category("Training")]
public class StratifiedFoldsTests
{
    [Test]
    public void DocumentsOfOneTemplate_AreHeldOutTogether_AndEveryLabelIsSpreadOverTheFolds()
    {
        // Two labels, four templates each, five documents a template.
        var labels = Enumerable.Range(0, 40).Select(i => i / 20).ToArray();
        var groups = Enumerable.Range(0, 40).Select(i => $"t{i / 5}").ToArray();

        var fold = StratifiedFolds.Assign(labels, folds: 4, seed: 3, groups);

        Assert.Multiple(() =>
        {
            foreach (var template in Enumerable.Range(0, 40).GroupBy(i => groups[i]))
            {
                Assert.That(template.Select(i => fold[i]).Distinct().Count(), Is.EqualTo(1), $"template {template.Key} split over folds");
            }

            foreach (var label in Enumerable.Range(0, 40).GroupBy(i => labels[i]))
            {
                Assert.That(label.Select(i => fold[i]).Distinct().Count(), Is.EqualTo(4), $"label {label.Key} not in every fold");
            }
        });
    }

    [Test]
    public void WithoutTemplates_DocumentsOfOneLabelAreSpreadOneByOne()
    {
        var labels = Enumerable.Repeat(0, 8).ToArray();

        var fold = StratifiedFolds.Assign(labels, folds: 4, seed: 3);

        Assert.That(fold.GroupBy(f => f).Select(g => g.Count()), Is.All.EqualTo(2));
    }

    [Test]
    public void ALabelWithOneTemplate_IsStillSpreadOverTheFolds()
    {
        var labels = Enumerable.Repeat(0, 8).ToArray();
        var groups = Enumerable.Repeat<string?>("only", 8).ToArray();

        var fold = StratifiedFolds.Assign(labels, folds: 4, seed: 3, groups);

        Assert.That(fold.Distinct().Count(), Is.EqualTo(4));
    }
}
