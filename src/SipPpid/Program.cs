// Runs the web app, or one of the commands the README lists under "The executable's commands" (`migrate`, `import units FILE`, ...) and exits.
return await SipPpid.AppHost.RunAsync(args, Console.Out, Console.Error);
