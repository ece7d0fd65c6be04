using SipPpid.Features.Units;

namespace SipPpid.Features.Users;

public sealed record UserFieldsView(UserForm Form, IReadOnlyList<UnitRow> Units, bool EmailReadOnly);
