using DocClassifier.Classification;
using Microsoft.ML.Data;

namespace DocClassifier.Training;

/// <summary>A training row: a <see cref="FeatureRow"/> plus how much the trainers count it (ML.NET's example weight column).</summary>
internal sealed class WeightedFeatureRow
{
    public const string WeightColumn = nameof(Weight);

    public VBuffer<float> Features { get; set; }

    public string Label { get; set; } = string.Empty;

    public float Weight { get; set; } = 1;

    public static SchemaDefinition Schema(int dimension)
    {
        var schema = SchemaDefinition.Create(typeof(WeightedFeatureRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return schema;
    }
}
