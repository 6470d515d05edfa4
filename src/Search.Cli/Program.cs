using System.Text;
using Search.Cli;

LuceneWarmUp.Start();
Console.OutputEncoding = new UTF8Encoding(false);
Console.InputEncoding = new UTF8Encoding(false);
return CliApp.Run(args, CliEnvironment.FromConsole());
