// Runs the web app, or one of the commands of contracts.md (`migrate`, `import units FILE`, ...) and exits.
return await SipPpid.AppHost.RunAsync(args, Console.Out, Console.Error);
