using BroadcastBot.Cli;

Console.InputEncoding = System.Text.Encoding.UTF8;
Console.OutputEncoding = System.Text.Encoding.UTF8;
return await BroadcastBotCli.RunAsync(args, CliContext.FromConsole());
