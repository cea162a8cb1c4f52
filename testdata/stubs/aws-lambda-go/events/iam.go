package events

// IAMPolicyDocument mirrors events.IAMPolicyDocument.
type IAMPolicyDocument struct {
	Version   string
	Statement []IAMPolicyStatement
}

// IAMPolicyStatement mirrors events.IAMPolicyStatement.
type IAMPolicyStatement struct {
	Action   []string
	Effect   string
	Resource []string
}
