# Half a fix: the validators now get their own variables from a factory function, but the
# dict comprehension in unit_converters still creates lambdas that share one `factor`
# variable. A comprehension has its own scope, yet one variable for all its iterations.
def _make_validator(field, kind, low, high):
    def validator(value):
        if isinstance(value, bool) or not isinstance(value, kind):
            return f"{field} must be {kind.__name__}, got {type(value).__name__}"
        if not low <= value <= high:
            return f"{field} must be between {low} and {high}, got {value}"
        return None

    return validator


def build_validators(schema):
    return {field: _make_validator(field, *spec) for field, spec in schema.items()}


def validate(record, validators):
    errors = []
    for field, validator in validators.items():
        if field not in record:
            errors.append(f"{field} is missing")
            continue
        message = validator(record[field])
        if message is not None:
            errors.append(message)
    return errors


def unit_converters(factors):
    return {unit: (lambda value: value * factor) for unit, factor in factors.items()}
