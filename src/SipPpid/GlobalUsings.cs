// The rules and the working-day calendar are used by almost every feature (Rules/ is their one home).
global using SipPpid.Rules;
