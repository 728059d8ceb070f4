# Binds the field name with a default argument but looks its settings up in `schema` each time a
# validator runs. Validators then follow later changes to the schema dict (and fail with KeyError
# once it is cleared) instead of keeping the settings they were built from. Same for factors.
def build_validators(schema):
    validators = {}
    for field in schema:

        def validator(value, field=field):
            kind, low, high = schema[field]
            if isinstance(value, bool) or not isinstance(value, kind):
                return f"{field} must be {kind.__name__}, got {type(value).__name__}"
            if not low <= value <= high:
                return f"{field} must be between {low} and {high}, got {value}"
            return None

        validators[field] = validator
    return validators


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
    return {unit: (lambda value, unit=unit: value * factors[unit]) for unit in factors}
