namespace DocClassifier.Classification;

/// <summary>
/// What an n-gram is made of; see <see cref="NgramBlock"/>. <see cref="Layout"/> is not an n-gram but the text's shape
/// (<see cref="TextShape"/>); <see cref="Edges"/> are the word n-grams of the first and last lines only, marked as such;
/// <see cref="ShortLines"/> the words of lines of a few words (headings, labels, addresses, signatures); <see cref="Shapes"/>
/// the words' shapes (capitals, small letters, digits, other letters) instead of the words; <see cref="LineShapes"/> the
/// shapes of each line's first words as one token a line (a mail's <c>From:</c> header, a letter's address, a list's items);
/// <see cref="EdgeCharacters"/> the characters within the words of the first and last lines, marked as the edges' words are
/// (a heading or a signature whose words OCR misspells still shares most of their characters).
/// </summary>
public enum NgramKind
{
    Word,
    CharacterWithinWords,
    Character,
    Layout,
    Edges,
    ShortLines,
    Shapes,
    LineShapes,
    EdgeCharacters,
}
