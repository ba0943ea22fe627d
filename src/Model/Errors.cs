namespace Kgen.Model;

/// <summary>One problem with the input: where it is, and what is wrong and what would be right.</summary>
/// <param name="File">The file name as the user gave it (or <c>&lt;input&gt;</c>).</param>
/// <param name="Line">1-based line, when known.</param>
/// <param name="Column">1-based column, when known.</param>
/// <param name="Path">The YAML path, e.g. <c>InstanceGroup/nodes spec.maxSize</c>.</param>
/// <param name="Message">What is wrong and what would be right.</param>
public sealed record SpecError(string File, int? Line, int? Column, string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var where = Line is { } l ? $"{File}:{l}:{Column ?? 1}" : File;
        return Path.Length == 0 ? $"{where}: {Message}" : $"{where}: {Path}: {Message}";
    }
}

/// <summary>Thrown when the input has one or more problems; carries all of them.</summary>
public sealed class SpecException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public SpecException(IReadOnlyList<SpecError> errors)
        : base(Format(errors)) => Errors = errors;

    /// <summary>Creates the exception for a single problem.</summary>
    public SpecException(SpecError error)
        : this([error])
    {
    }

    /// <summary>Every problem found, in input order.</summary>
    public IReadOnlyList<SpecError> Errors { get; }

    private static string Format(IReadOnlyList<SpecError> errors) =>
        errors.Count == 1
            ? errors[0].ToString()
            : $"{errors.Count} problems:\n" + string.Join("\n", errors.Select(e => "  " + e));
}
