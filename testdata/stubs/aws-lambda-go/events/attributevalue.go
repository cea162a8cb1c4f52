package events

// DynamoDBAttributeValue mirrors events.DynamoDBAttributeValue.
type DynamoDBAttributeValue struct {
	value    anyValue
	dataType DynamoDBDataType
}

// Binary mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) Binary() []byte { return nil }

// Boolean mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) Boolean() bool { return false }

// BinarySet mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) BinarySet() [][]byte { return nil }

// List mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) List() []DynamoDBAttributeValue { return nil }

// Map mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) Map() map[string]DynamoDBAttributeValue { return nil }

// Number mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) Number() string { return "" }

// Int64 mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) Int64() (int64, error) { return 0, nil }

// Integer mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) Integer() (int64, error) { return 0, nil }

// Float mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) Float() (float64, error) { return 0, nil }

// NumberSet mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) NumberSet() []string { return nil }

// String mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) String() string { return "" }

// StringSet mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) StringSet() []string { return nil }

// IsNull mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) IsNull() bool { return false }

// DataType mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) DataType() DynamoDBDataType { return 0 }

// NewBinaryAttribute mirrors events.NewBinaryAttribute.
func NewBinaryAttribute(value []byte) DynamoDBAttributeValue { return DynamoDBAttributeValue{} }

// NewBooleanAttribute mirrors events.NewBooleanAttribute.
func NewBooleanAttribute(value bool) DynamoDBAttributeValue { return DynamoDBAttributeValue{} }

// NewBinarySetAttribute mirrors events.NewBinarySetAttribute.
func NewBinarySetAttribute(value [][]byte) DynamoDBAttributeValue { return DynamoDBAttributeValue{} }

// NewListAttribute mirrors events.NewListAttribute.
func NewListAttribute(value []DynamoDBAttributeValue) DynamoDBAttributeValue {
	return DynamoDBAttributeValue{}
}

// NewMapAttribute mirrors events.NewMapAttribute.
func NewMapAttribute(value map[string]DynamoDBAttributeValue) DynamoDBAttributeValue {
	return DynamoDBAttributeValue{}
}

// NewNumberAttribute mirrors events.NewNumberAttribute.
func NewNumberAttribute(value string) DynamoDBAttributeValue { return DynamoDBAttributeValue{} }

// NewNumberSetAttribute mirrors events.NewNumberSetAttribute.
func NewNumberSetAttribute(value []string) DynamoDBAttributeValue { return DynamoDBAttributeValue{} }

// NewNullAttribute mirrors events.NewNullAttribute.
func NewNullAttribute() DynamoDBAttributeValue { return DynamoDBAttributeValue{} }

// NewStringAttribute mirrors events.NewStringAttribute.
func NewStringAttribute(value string) DynamoDBAttributeValue { return DynamoDBAttributeValue{} }

// NewStringSetAttribute mirrors events.NewStringSetAttribute.
func NewStringSetAttribute(value []string) DynamoDBAttributeValue { return DynamoDBAttributeValue{} }

// DynamoDBDataType mirrors events.DynamoDBDataType.
type DynamoDBDataType int

const (
	DataTypeBinary DynamoDBDataType = iota
	DataTypeBoolean
	DataTypeBinarySet
	DataTypeList
	DataTypeMap
	DataTypeNumber
	DataTypeNumberSet
	DataTypeNull
	DataTypeString
	DataTypeStringSet
)

type anyValue interface{}

// UnsupportedDynamoDBTypeError mirrors events.UnsupportedDynamoDBTypeError.
type UnsupportedDynamoDBTypeError struct {
	Type string
}

// Error mirrors the method of events.UnsupportedDynamoDBTypeError.
func (e UnsupportedDynamoDBTypeError) Error() string { return "" }

// IncompatibleDynamoDBTypeError mirrors events.IncompatibleDynamoDBTypeError.
type IncompatibleDynamoDBTypeError struct {
	Requested DynamoDBDataType
	Actual    DynamoDBDataType
}

// Error mirrors the method of events.IncompatibleDynamoDBTypeError.
func (e IncompatibleDynamoDBTypeError) Error() string { return "" }

// MarshalJSON mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) MarshalJSON() ([]byte, error) { return nil, nil }

// UnmarshalJSON mirrors the method of events.DynamoDBAttributeValue.
func (av *DynamoDBAttributeValue) UnmarshalJSON(b []byte) error { return nil }
