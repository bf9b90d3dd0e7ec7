namespace DocClassifier.Samples;

// The typefaces of printed Taiwanese forms: a sans (黑體) for modern forms, a serif (明體) for most
// government print, the older Ming of many county forms, and Kai (楷書) for titles and for fills
// that look handwritten. Sans is the default and the only one every machine is guaranteed to have.
public enum TypefaceStyle
{
    Sans,
    Serif,
    Ming,
    Kai,
}
