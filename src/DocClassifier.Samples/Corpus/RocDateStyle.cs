namespace DocClassifier.Samples.Corpus;

// The ways one ROC date is written on the documents a tax office receives.
public enum RocDateStyle
{
    Republic,        // 中華民國113年5月1日
    Minguo,          // 民國113年5月1日
    YearOnly,        // 113年5月1日
    Spaced,          // 中華民國 113 年 5 月 1 日 (printed forms leave blanks to fill in)
    Slash,           // 113/05/01
    Dot,             // 113.5.1
    ChineseNumerals, // 中華民國一一三年五月一日
}
