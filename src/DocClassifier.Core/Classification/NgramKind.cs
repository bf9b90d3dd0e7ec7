namespace DocClassifier.Classification;

/// <summary>What an n-gram is made of; see <see cref="NgramBlock"/>. <see cref="Layout"/> is not an n-gram but the text's shape (<see cref="TextShape"/>).</summary>
public enum NgramKind
{
    Word,
    CharacterWithinWords,
    Character,
    Layout,
}
