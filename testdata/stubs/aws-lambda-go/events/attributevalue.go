package events

// DynamoDBAttributeValue mirrors events.DynamoDBAttributeValue.
type DynamoDBAttributeValue struct {
	value    anyValue
	dataType DynamoDBDataType
}

// Binary mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) Binary() []byte { panic("stub") }

// Boolean mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) Boolean() bool { panic("stub") }

// BinarySet mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) BinarySet() [][]byte { panic("stub") }

// List mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) List() []DynamoDBAttributeValue { panic("stub") }

// Map mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) Map() map[string]DynamoDBAttributeValue { panic("stub") }

// Number mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) Number() string { panic("stub") }

// Int64 mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) Int64() (int64, error) { panic("stub") }

// Integer mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) Integer() (int64, error) { panic("stub") }

// Float mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) Float() (float64, error) { panic("stub") }

// NumberSet mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) NumberSet() []string { panic("stub") }

// String mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) String() string { panic("stub") }

// StringSet mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) StringSet() []string { panic("stub") }

// IsNull mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) IsNull() bool { panic("stub") }

// DataType mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) DataType() DynamoDBDataType { panic("stub") }

// NewBinaryAttribute mirrors events.NewBinaryAttribute.
func NewBinaryAttribute(value []byte) DynamoDBAttributeValue { panic("stub") }

// NewBooleanAttribute mirrors events.NewBooleanAttribute.
func NewBooleanAttribute(value bool) DynamoDBAttributeValue { panic("stub") }

// NewBinarySetAttribute mirrors events.NewBinarySetAttribute.
func NewBinarySetAttribute(value [][]byte) DynamoDBAttributeValue { panic("stub") }

// NewListAttribute mirrors events.NewListAttribute.
func NewListAttribute(value []DynamoDBAttributeValue) DynamoDBAttributeValue { panic("stub") }

// NewMapAttribute mirrors events.NewMapAttribute.
func NewMapAttribute(value map[string]DynamoDBAttributeValue) DynamoDBAttributeValue { panic("stub") }

// NewNumberAttribute mirrors events.NewNumberAttribute.
func NewNumberAttribute(value string) DynamoDBAttributeValue { panic("stub") }

// NewNumberSetAttribute mirrors events.NewNumberSetAttribute.
func NewNumberSetAttribute(value []string) DynamoDBAttributeValue { panic("stub") }

// NewNullAttribute mirrors events.NewNullAttribute.
func NewNullAttribute() DynamoDBAttributeValue { panic("stub") }

// NewStringAttribute mirrors events.NewStringAttribute.
func NewStringAttribute(value string) DynamoDBAttributeValue { panic("stub") }

// NewStringSetAttribute mirrors events.NewStringSetAttribute.
func NewStringSetAttribute(value []string) DynamoDBAttributeValue { panic("stub") }

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
func (e UnsupportedDynamoDBTypeError) Error() string { panic("stub") }

// IncompatibleDynamoDBTypeError mirrors events.IncompatibleDynamoDBTypeError.
type IncompatibleDynamoDBTypeError struct {
	Requested DynamoDBDataType
	Actual    DynamoDBDataType
}

// Error mirrors the method of events.IncompatibleDynamoDBTypeError.
func (e IncompatibleDynamoDBTypeError) Error() string { panic("stub") }

// MarshalJSON mirrors the method of events.DynamoDBAttributeValue.
func (av DynamoDBAttributeValue) MarshalJSON() ([]byte, error) { panic("stub") }

// UnmarshalJSON mirrors the method of events.DynamoDBAttributeValue.
func (av *DynamoDBAttributeValue) UnmarshalJSON(b []byte) error { panic("stub") }
