namespace Kgen.Model;

/// <summary>How bad a <see cref="Diagnostic"/> is.</summary>
public enum Severity
{
    /// <summary>Nothing is generated (it comes inside a <see cref="SpecException"/>).</summary>
    Error,

    /// <summary>The output is complete and valid, but the user should know this (e.g. <c>GeneratedOutput.Warnings</c>).</summary>
    Warning,
}

/// <summary>
/// One problem or notice kgen reports: how bad it is, a stable code (see <see cref="DiagnosticCodes"/>),
/// where it is, and what is wrong and what would be right. <see cref="ToString"/> is the line the CLI prints.
/// </summary>
/// <param name="Severity">Error or warning.</param>
/// <param name="Code">A stable code such as <c>KG2016</c>; see <see cref="DiagnosticCodes"/> for the scheme.</param>
/// <param name="Location">Where: a position in the input, a resource of the plan, or a target's output.</param>
/// <param name="Message">What is wrong and what would be right.</param>
public sealed record Diagnostic(Severity Severity, string Code, DiagnosticLocation Location, string Message)
{
    /// <summary>An error.</summary>
    public static Diagnostic Error(string code, DiagnosticLocation location, string message) => new(Severity.Error, code, location, message);

    /// <summary>A warning.</summary>
    public static Diagnostic Warning(string code, DiagnosticLocation location, string message) => new(Severity.Warning, code, location, message);

    /// <summary>The location, then the message: <c>file:line:column: path: message</c> for the input.</summary>
    public override string ToString() => $"{Location}: {Message}";
}

/// <summary>Where a <see cref="Diagnostic"/> is: <see cref="InputLocation"/>, <see cref="PlanLocation"/> or <see cref="TargetLocation"/>.</summary>
public abstract record DiagnosticLocation
{
    private protected DiagnosticLocation()
    {
    }
}

/// <summary>A position in the input: a spec file (with its YAML path), or the CLI's own input (the path is then a flag).</summary>
/// <param name="File">The file name as the user gave it (or <c>&lt;input&gt;</c>, <c>edit</c>, <c>kgen create cluster</c>).</param>
/// <param name="Line">1-based line, when known.</param>
/// <param name="Column">1-based column, when known.</param>
/// <param name="Path">The YAML path, e.g. <c>InstanceGroup/nodes spec.maxSize</c> (or a flag such as <c>--zones</c>); may be empty.</param>
public sealed record InputLocation(string File, int? Line, int? Column, string Path) : DiagnosticLocation
{
    /// <summary><c>file:line:column: path</c>, leaving out what is unknown.</summary>
    public override string ToString()
    {
        var where = Line is { } l ? $"{File}:{l}:{Column ?? 1}" : File;
        return Path.Length == 0 ? where : $"{where}: {Path}";
    }
}

/// <summary>A problem found while planning or rendering: the cluster, and the resource of the plan it concerns when there is one.</summary>
/// <param name="Cluster">The cluster name.</param>
/// <param name="ResourceKind">The kind of the resource (e.g. <c>InstanceGroup</c>), or null for the plan as a whole.</param>
/// <param name="ResourceName">The resource's name, with <paramref name="ResourceKind"/>.</param>
public sealed record PlanLocation(string Cluster, string? ResourceKind = null, string? ResourceName = null) : DiagnosticLocation
{
    /// <summary><c>cluster</c> or <c>cluster: Kind/name</c>.</summary>
    public override string ToString() => ResourceKind is null ? Cluster : $"{Cluster}: {ResourceKind}/{ResourceName}";
}

/// <summary>The output of one target (e.g. <c>cloudformation</c>) as a whole.</summary>
/// <param name="Target">The target's name as the CLI spells it.</param>
public sealed record TargetLocation(string Target) : DiagnosticLocation
{
    /// <summary>The target's name.</summary>
    public override string ToString() => Target;
}
