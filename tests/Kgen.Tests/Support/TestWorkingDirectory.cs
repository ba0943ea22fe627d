using System.Runtime.CompilerServices;

namespace Kgen.Tests.Support;

/// <summary>
/// Runs the whole test assembly in a fresh temporary folder, so the default state store
/// (<c>file://./state</c>, where generation keeps cluster secrets) never lands in the repository or
/// the build output; the folder is removed when the test process ends. Tests use absolute paths.
/// </summary>
internal static class TestWorkingDirectory
{
    public static string Path { get; private set; } = string.Empty;

    [ModuleInitializer]
    internal static void Enter()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kgen-tests-cwd-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        Directory.SetCurrentDirectory(Path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        };
    }
}
