namespace DocClassifier.Storage;

/// <summary>A <see cref="DocumentQuery"/> as a WHERE clause with its parameters: shared by search and the review queue's filter.</summary>
internal static class DocumentConditions
{
    public static (string Where, List<(string Name, object? Value)> Parameters) Of(DocumentQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var conditions = new List<string> { "1 = 1" };
        var parameters = new List<(string Name, object? Value)>();
        void Add(string condition, string name, object? value)
        {
            conditions.Add(condition);
            parameters.Add((name, value));
        }

        if (query.State is { } state)
        {
            Add("state = @q_state", "q_state", state.ToString());
        }

        if (!string.IsNullOrWhiteSpace(query.Label))
        {
            Add("label = @q_label", "q_label", query.Label);
        }

        if (query.SourceFolder is not null)
        {
            Add("source_folder = @q_folder", "q_folder", query.SourceFolder);
        }

        if (query.From is { } from)
        {
            Add("received_at >= @q_from", "q_from", from.ToUnixTimeMilliseconds());
        }

        if (query.To is { } to)
        {
            Add("received_at < @q_to", "q_to", to.ToUnixTimeMilliseconds());
        }

        if (query.MinConfidence is { } min)
        {
            Add("confidence >= @q_min", "q_min", min);
        }

        if (query.MaxConfidence is { } max)
        {
            Add("confidence <= @q_max", "q_max", max);
        }

        if (query.Exclude.Count > 0)
        {
            var names = query.Exclude.Take(500).Select((id, i) => ($"q_x{i}", (object?)id)).ToList();
            conditions.Add($"id NOT IN ({string.Join(", ", names.Select(n => "@" + n.Item1))})");
            parameters.AddRange(names);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim();
            var escaped = text.ToLowerInvariant().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
            conditions.Add("(id LIKE @q_id ESCAPE '\\' OR LOWER(original_file_name) LIKE @q_name ESCAPE '\\')");
            parameters.Add(("q_id", escaped + "%"));
            parameters.Add(("q_name", "%" + escaped + "%"));
        }

        return (string.Join(" AND ", conditions), parameters);
    }
}
