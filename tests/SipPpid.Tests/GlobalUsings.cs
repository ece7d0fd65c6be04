// The rules and the working-day calendar (src/SipPpid/Rules), as in the app.
global using SipPpid.Rules;
