from .._codec import OpenStrEnum

__all__ = ["AccountType"]


class AccountType(OpenStrEnum):
    """Kind of account in the clearing sense (customer, house, omnibus and so on); `Account.accountType`.

    An open enum: a value the spec does not list decodes to a value of this type whose
    ``is_known`` is False (see ``tradovate_api.drift``).
    """

    CUSTOMER = "Customer"
    EMPLOYEE = "Employee"
    GIVEUP = "Giveup"
    HOUSE = "House"
    OMNIBUS = "Omnibus"
    WASH = "Wash"
