"""trongtam: nhiệm vụ trọng tâm và chỉ tiêu — registration, progress, assessment and documents."""

__version__ = "0.1.0"
