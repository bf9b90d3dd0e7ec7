using Microsoft.ML;
using Microsoft.ML.Data;

namespace DocClassifier.Classification;

/// <summary>ML.NET input row: a document's TF-IDF vector (<see cref="TfidfVectorizer"/>) and, for training, its label.</summary>
public sealed class FeatureRow
{
    public VBuffer<float> Features { get; set; }

    public string Label { get; set; } = string.Empty;

    /// <summary>The row's schema with the vector's length, which ML.NET needs and cannot see from the class.</summary>
    public static SchemaDefinition Schema(int dimension)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return schema;
    }
}
