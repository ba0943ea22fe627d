namespace Kgen.Model;

/// <summary>Thrown when the input (or what kgen would make of it) has one or more problems; carries all of them.</summary>
public sealed class SpecException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    public SpecException(IReadOnlyList<Diagnostic> errors)
        : base(Format(errors)) => Errors = errors;

    /// <summary>Creates the exception for a single problem.</summary>
    public SpecException(Diagnostic error)
        : this([error])
    {
    }

    /// <summary>Every problem found, in the order found (input order within each step).</summary>
    public IReadOnlyList<Diagnostic> Errors { get; }

    private static string Format(IReadOnlyList<Diagnostic> errors) =>
        errors.Count == 1
            ? errors[0].ToString()
            : $"{errors.Count} problems:\n" + string.Join("\n", errors.Select(e => "  " + e));
}
