namespace DocClassifier.Training;

/// <summary>Which fitted model is served once the recipe, its calibration and its thresholds are chosen.</summary>
public enum ServedModel
{
    /// <summary>The kept recipe refitted on all the documents (more data, but more confident than the fold models its calibration and thresholds came from).</summary>
    Refit,

    /// <summary>
    /// The average of the cross-validation folds' models, each with its own vocabulary and IDF: every
    /// member is a model of the kind whose out-of-fold predictions chose the calibration and thresholds.
    /// </summary>
    FoldAverage,
}
