"""antiviolenza-desktop: the offline case and fund register of the Cremona anti-violence network."""

__version__ = "0.1.0"
