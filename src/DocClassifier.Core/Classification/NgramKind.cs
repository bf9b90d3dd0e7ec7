namespace DocClassifier.Classification;

/// <summary>What an n-gram is made of; see <see cref="NgramBlock"/>.</summary>
public enum NgramKind
{
    Word,
    CharacterWithinWords,
    Character,
}
