using DocClassifier.Training;

namespace DocClassifier.Tests.Training;

[TestFixture]
public class TrainerSpecTests
{
    [TestCase("LbfgsMaximumEntropy(l2=0.01)")]
    [TestCase("SdcaMaximumEntropy(l2=0.0001)")]
    [TestCase("LinearSvm(lambda=0.0001)")]
    [TestCase("Ensemble(LbfgsMaximumEntropy(l2=0.01) + LinearSvm(lambda=0.0001))")]
    [TestCase("LbfgsMaximumEntropy(l2=0.1) on char-wb 2-5")]
    [TestCase("Ensemble(LbfgsMaximumEntropy(l2=0.01) + LbfgsMaximumEntropy(l2=0.01) on word 1-2 + LinearSvm(lambda=0.0001) on char 1-3)")]
    public void WhatTheCardRecords_ReadsBackAsTheSameTrainer(string text) =>
        Assert.That(TrainerSpec.Parse(text)!.ToString(), Is.EqualTo(text));

    [Test]
    public void ABareName_MeansSearchItsGrid_AndAnUnknownNameIsRefusedWithTheKnownOnes()
    {
        Assert.That(TrainerSpec.Parse("SdcaMaximumEntropy"), Is.Null);
        var error = Assert.Throws<ArgumentException>(() => TrainerSpec.Parse("FastTree(l2=1)"));
        Assert.That(error!.Message, Does.Contain("LbfgsMaximumEntropy"));
    }
}
