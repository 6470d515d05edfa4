using System.Text;

namespace Search.Cli.Tests;

/// <summary>Runs the command line in-process with captured streams.</summary>
internal static class CliRunner
{
    public static (int Code, string Out, string Error) RunWithInput(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var env = new CliEnvironment(new StringReader(stdin), output, error, Colour: false, Interactive: false);
        var code = CliApp.Run(args, env);
        return (code, output.ToString(), error.ToString());
    }

    public static (int Code, string Out, string Error) Run(params string[] args) => RunWithInput("", args);
}
